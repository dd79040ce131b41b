import os
import signal
import threading

from briefing.batch.interrupt import ctrl_c_as_flag


def test_ctrl_c_inside_the_block_sets_the_flag_and_raises_nothing():
    before = signal.getsignal(signal.SIGINT)
    with ctrl_c_as_flag() as ctrl_c:
        os.kill(os.getpid(), signal.SIGINT)
        assert ctrl_c.pressed.wait(5)
    assert signal.getsignal(signal.SIGINT) is before


def test_off_the_main_thread_the_handler_is_left_alone():
    seen = []

    def body():
        with ctrl_c_as_flag() as ctrl_c:
            seen.append(ctrl_c.pressed.is_set())

    before = signal.getsignal(signal.SIGINT)
    thread = threading.Thread(target=body)
    thread.start()
    thread.join()
    assert seen == [False] and signal.getsignal(signal.SIGINT) is before
